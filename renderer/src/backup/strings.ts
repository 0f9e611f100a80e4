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
  },
};
