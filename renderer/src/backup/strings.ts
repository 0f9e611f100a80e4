import type { Widen } from '../i18n/translation';

export const backupEn = {
  title: 'Backups',
  description:
    'Liaison backs up the whole archive, attachments included, into its data folder every {{minutes}} minutes while there are changes, and when you close it. Each backup is checked after it is written; only then is the oldest removed.',
  webOnly:
    'Automatic backups need the desktop app: a browser has no place outside its own storage to keep them. Use Import & export → Full archive to save a copy by hand.',
  interval: 'Minutes between backups',
  kept: 'Backups kept',
  folder: 'Backups are kept in {{folder}}.',
  backUpNow: 'Back up now',
  running: 'Backing up…',
  nothingNew: 'Nothing changed since the last backup.',
  backedUp: 'Backed up.',
  failed: 'The last backup failed: {{message}}',
  lastAt: 'Last backup: {{date}}',
  none: 'There is no backup yet.',
  listLabel: 'Backups',
  size: '{{size}}',
  records: '{{meetings}} meetings, {{records}} records in all, {{files}} files',
  choose: 'See what it holds',
  holds: 'The backup of {{date}} holds:',
  restoreExplained:
    'Restoring adds the records of this backup that this archive does not have, and their attachment files. Records already here are kept exactly as they are: nothing is overwritten or deleted. Restoring the same backup twice changes nothing.',
  restore: 'Restore this backup',
  confirmRestore: 'Restore the backup of {{date}} into this archive?',
  restoring: 'Restoring…',
  restored: 'Restored: {{added}} records added, {{kept}} already here, {{files}} attachment files added.',
  reading: 'Checking the backup…',
  rejected: 'This backup cannot be restored:',
  encryptedLabel: 'encrypted',
  sealed: {
    formLabel: 'Passphrase of the backup of {{date}}',
    explain:
      'The backup of {{date}} is encrypted. Enter the passphrase that was in force when it was written: if the passphrase was changed since, this is the earlier one.',
    passphrase: 'Passphrase in force on {{date}}',
    open: 'Open the backup',
    opening: 'Checking the passphrase and the backup…',
    wrongPassphrase:
      'This passphrase does not open the backup of {{date}}. Use the passphrase that was in force when it was written. Nothing was changed.',
    problem: {
      'not-sealed': 'This file is not an encrypted Liaison backup. Nothing was changed.',
      'newer-version':
        'This backup was encrypted by a newer version of Liaison. Update Liaison to open it. Nothing was changed.',
      'cut-short':
        'This backup is incomplete: it was cut short while it was written or copied. Choose an older one. Nothing was changed.',
      damaged:
        'This backup is damaged or was altered after it was written, so it cannot be opened. Choose an older one. Nothing was changed.',
      'wrong-passphrase':
        'This passphrase does not open the backup. Use the passphrase that was in force when it was written. Nothing was changed.',
    },
  },
  encryptionNotice:
    'Backups already written hold the archive unencrypted: once encryption is on, Liaison writes an encrypted backup and deletes them. From then on every backup is encrypted and opens with the passphrase in force when it was written.',
  afterEncryption: {
    replaced: 'An encrypted backup was written. Unencrypted backups deleted: {{n}}.',
    deletedOnly: 'Unencrypted backups deleted: {{n}}. The next backup will be encrypted.',
    sealFailed:
      'Unencrypted backups deleted: {{n}}. The encrypted backup failed ({{message}}); Liaison tries again at the next backup.',
  },
  startup: {
    offer:
      'Liaison made a backup of this archive on {{date}}. It holds {{meetings}} meetings and {{records}} records in all.',
    noBackup: 'There is no automatic backup to restore from.',
    restore: 'Restore from this backup…',
    confirm:
      'Liaison will first copy the archive that failed to open into its data folder (it is kept, not deleted), then create a new archive from the backup of {{date}}. Changes made after that backup are not in it.',
    confirmButton: 'Keep the broken archive and restore',
    restoring: 'Restoring the backup… {{done}} of {{total}}',
    restored: 'The archive was restored from the backup. The one that failed to open was kept in {{path}}.',
    open: 'Open Liaison',
    failed:
      'The restore did not finish: {{message}}. Nothing was lost: the archive that failed to open was kept, and the backup is unchanged.',
    pending:
      'A restore from a backup was interrupted. Restore again to finish it; Liaison does not open a half-restored archive.',
    sealed:
      'This backup is encrypted: restoring it needs the passphrase that was in force when it was written, and the restored archive stays encrypted under that passphrase.',
  },
};

export const backupZh: Widen<typeof backupEn> = {
  title: '备份',
  description:
    '有改动时，Liaison 每 {{minutes}} 分钟以及关闭时将整个档案（含附件）备份到其数据文件夹。每个备份写入后都会经过校验，校验通过后才删除最旧的备份。',
  webOnly:
    '自动备份需要桌面版：浏览器在自身存储之外没有地方保存备份。请使用“导入与导出 → 完整档案”手动保存副本。',
  interval: '备份间隔（分钟）',
  kept: '保留的备份数',
  folder: '备份保存在 {{folder}}。',
  backUpNow: '立即备份',
  running: '正在备份…',
  nothingNew: '自上次备份以来没有改动。',
  backedUp: '已备份。',
  failed: '上次备份失败：{{message}}',
  lastAt: '上次备份：{{date}}',
  none: '还没有备份。',
  listLabel: '备份',
  size: '{{size}}',
  records: '{{meetings}} 场会谈，共 {{records}} 条记录，{{files}} 个文件',
  choose: '查看内容',
  holds: '{{date}} 的备份包含：',
  restoreExplained:
    '恢复会添加此备份中本档案尚未有的记录及其附件文件。已有的记录保持原样：不会覆盖或删除任何内容。同一备份恢复两次不会产生任何变化。',
  restore: '恢复此备份',
  confirmRestore: '将 {{date}} 的备份恢复到此档案？',
  restoring: '正在恢复…',
  restored: '已恢复：新增 {{added}} 条记录，{{kept}} 条已存在，新增 {{files}} 个附件文件。',
  reading: '正在检查备份…',
  rejected: '此备份无法恢复：',
  encryptedLabel: '已加密',
  sealed: {
    formLabel: '{{date}} 备份的口令',
    explain: '{{date}} 的备份已加密。请输入写入该备份时使用的口令：如果此后更改过口令，请输入之前的口令。',
    passphrase: '{{date}} 时使用的口令',
    open: '打开备份',
    opening: '正在检查口令和备份…',
    wrongPassphrase: '此口令无法打开 {{date}} 的备份。请使用写入该备份时使用的口令。未做任何更改。',
    problem: {
      'not-sealed': '此文件不是加密的 Liaison 备份。未做任何更改。',
      'newer-version': '此备份由较新版本的 Liaison 加密。请更新 Liaison 后再打开。未做任何更改。',
      'cut-short': '此备份不完整：在写入或复制时被截断。请选择较早的备份。未做任何更改。',
      damaged: '此备份已损坏或在写入后被改动，无法打开。请选择较早的备份。未做任何更改。',
      'wrong-passphrase': '此口令无法打开该备份。请使用写入该备份时使用的口令。未做任何更改。',
    },
  },
  encryptionNotice:
    '已有的备份未加密地保存着档案：开启加密后，Liaison 会写入一个加密备份并删除这些备份。此后每个备份都会加密，并可用写入时使用的口令打开。',
  afterEncryption: {
    replaced: '已写入加密备份。已删除的未加密备份：{{n}} 个。',
    deletedOnly: '已删除的未加密备份：{{n}} 个。下一个备份将会加密。',
    sealFailed: '已删除的未加密备份：{{n}} 个。加密备份失败（{{message}}）；Liaison 会在下次备份时重试。',
  },
  startup: {
    offer: 'Liaison 于 {{date}} 备份了此档案，其中有 {{meetings}} 场会谈，共 {{records}} 条记录。',
    noBackup: '没有可用于恢复的自动备份。',
    restore: '从此备份恢复…',
    confirm:
      'Liaison 会先将无法打开的档案复制到其数据文件夹（保留，不删除），再用 {{date}} 的备份新建档案。该备份之后的改动不在其中。',
    confirmButton: '保留损坏的档案并恢复',
    restoring: '正在恢复备份… {{done}} / {{total}}',
    restored: '已从备份恢复档案。无法打开的档案保存在 {{path}}。',
    open: '打开 Liaison',
    failed: '恢复未完成：{{message}}。没有丢失任何内容：无法打开的档案已保留，备份也未改变。',
    pending: '上次从备份恢复时被中断。请再次恢复以完成；Liaison 不会打开只恢复了一半的档案。',
    sealed: '此备份已加密：恢复需要写入该备份时使用的口令，恢复后的档案仍以该口令加密。',
  },
};
