import type { ActionItem } from '../../../shared/domain/entities';

/** An item is overdue when its due date has passed and it is still open or in progress. */
export function isOverdue(item: Pick<ActionItem, 'dueDate' | 'status'>, today: string): boolean {
  return (
    item.dueDate !== null && item.dueDate < today && (item.status === 'open' || item.status === 'in-progress')
  );
}
