import { formatPolicy, recommendPolicy } from '../../core';
import { EXIT } from '../exitCodes';
import { readTools } from '../input';
import { print } from '../output/print';

export interface RecommendOptions {
  default: 'allow' | 'deny';
}

/** `recommend`: the recommended policy for a tool list, on stdout. */
export async function recommend(file: string, options: RecommendOptions): Promise<number> {
  const policy = recommendPolicy(await readTools(file));
  print(formatPolicy({ ...policy, default: options.default }));
  return EXIT.ok;
}
