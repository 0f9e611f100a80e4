/** Reads and writes per-device settings; the only code that touches the `settings` table. */
import type { AppSettings, SettingKey } from '../../../shared/settings/appSettings';
import { parseSettings, SETTING_SCHEMAS } from '../../../shared/settings/appSettings';
import type { LiaisonDatabase } from '../db/LiaisonDatabase';

export class SettingsRepository {
  constructor(private readonly db: LiaisonDatabase) {}

  async load(defaults: AppSettings): Promise<AppSettings> {
    return parseSettings(await this.db.settings.toArray(), defaults);
  }

  async set<K extends SettingKey>(key: K, value: AppSettings[K]): Promise<void> {
    const parsed = SETTING_SCHEMAS[key].parse(value);
    await this.db.transaction('rw', this.db.settings, () => this.db.settings.put({ key, value: parsed }));
  }
}
