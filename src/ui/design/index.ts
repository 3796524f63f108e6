export { Badge, type Tone } from './Badge';
export { Button, type ButtonProps, type ButtonVariant } from './Button';
export { Menu, MenuCheckItem, MenuItem, MenuLabel, MenuSeparator } from './Menu';
export { SegmentedControl, type Segment } from './SegmentedControl';
export { Toaster, type ToastItem } from './Toaster';
export { Tooltip } from './Tooltip';
