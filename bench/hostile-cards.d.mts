export interface HostileCard {
  name: string;
  file: 'card.yaml' | 'metrics.yaml' | 'metrics.json';
  text: string;
  expect: string;
}
export function hostileCards(bytes: number): HostileCard[];
export const TYPICAL_CARD: string;
export function writeHostileRegistry(root: string, options?: { file?: string; text?: string }): void;
