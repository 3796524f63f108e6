import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Opens a header menu ("File", "Export") and returns one of its items by name. */
export async function menuItem(user: UserEvent, menu: string, item: string): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: menu }));
  return screen.getByRole('menuitem', { name: item });
}
