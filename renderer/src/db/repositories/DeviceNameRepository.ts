/**
 * The names other laptops go by, learnt from their sync heads and bundles, so the app can say "Sokha's
 * laptop" rather than a device id (in the conflicts view, in clock warnings).
 */
import type { LiaisonDatabase } from '../LiaisonDatabase';
import { DEVICE_NAMES_KEY } from '../sync/SyncStateStore';

export class DeviceNameRepository {
  constructor(private readonly db: LiaisonDatabase) {}

  /** Device id → name, for every laptop whose name is known. */
  async all(): Promise<Readonly<Record<string, string>>> {
    const value = (await this.db.meta.get(DEVICE_NAMES_KEY))?.value;
    if (!value || typeof value !== 'object') return {};
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  }
}
