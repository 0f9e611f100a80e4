import type { Widen } from '../i18n/translation';

export const storageEn = {
  fullTitle: 'Not saved: the disk is full',
  fullBody:
    'Liaison could not save because this laptop’s disk (or the browser’s storage for Liaison) is full. Nothing saved before was lost.',
  fullAction:
    'Free some space — for example delete large files on this laptop, or large attachments in Liaison — then try again.',
  dismiss: 'Dismiss',
};

export const storageZh: Widen<typeof storageEn> = {
  fullTitle: '未保存：磁盘已满',
  fullBody:
    'Liaison 无法保存，因为这台笔记本电脑的磁盘（或浏览器为 Liaison 提供的存储空间）已满。之前保存的内容均未丢失。',
  fullAction: '请腾出一些空间（例如删除这台电脑上的大文件，或 Liaison 中的大附件），然后重试。',
  dismiss: '关闭',
};
