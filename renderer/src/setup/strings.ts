import type { Widen } from '../i18n/translation';

export const setupEn = {
  title: 'Set up this laptop',
  intro: 'Liaison records who writes each note and which laptop each change comes from.',
  whoTitle: 'Who is using this laptop?',
  existing: 'I am one of our delegation',
  newPerson: 'I am new here',
  name: 'Your name (romanized)',
  nativeName: 'Your name in your own script',
  personTitle: 'Your title',
  deviceName: 'Name of this laptop',
  deviceNameHint:
    'For example “Li Wei’s ThinkPad”. It tells the changes of each laptop apart when notes are merged.',
  continue: 'Start using Liaison',
  chooseSomeone: 'Choose yourself from the list, or add yourself.',
  sampleHint: 'Trying Liaison out? Load the sample event and pick one of its fictional delegates.',
} as const;

export const setupZh: Widen<typeof setupEn> = {
  title: '设置本机',
  intro: 'Liaison 会记录每条笔记的作者以及每项更改来自哪台电脑。',
  whoTitle: '谁在使用这台电脑？',
  existing: '我是代表团成员',
  newPerson: '我是新成员',
  name: '姓名（拼音或英文）',
  nativeName: '姓名（本国文字）',
  personTitle: '职务',
  deviceName: '本机名称',
  deviceNameHint: '例如“李伟的 ThinkPad”。合并记录时用于区分各台电脑的更改。',
  continue: '开始使用 Liaison',
  chooseSomeone: '请从列表中选择自己，或添加自己。',
  sampleHint: '想先试用？请载入示例活动，并选择其中一位虚构的代表团成员。',
};
