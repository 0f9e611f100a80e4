/**
 * Names and minutes text in the scripts delegates write: Latin, Chinese, Khmer, Lao, Thai and Arabic,
 * built from syllables and sentence pieces so that search has real words, and real sub-word substrings,
 * to find. The material is invented; it only has to look and segment like the real thing.
 */
import type { Prng } from './prng';

export type Script = 'latin' | 'chinese' | 'khmer' | 'lao' | 'thai' | 'arabic';

interface ScriptKit {
  given: readonly string[];
  family: readonly string[];
  /** Syllables joined without spaces for a native organization name. */
  orgStems: readonly string[];
  orgPatterns: readonly string[];
  /** Sentence templates; `{topic}` takes one of `topics`, `{n}` a number. */
  sentences: readonly string[];
  topics: readonly string[];
  nameJoiner: string;
  familyFirst: boolean;
}

const KITS: Record<Script, ScriptKit> = {
  latin: {
    given: [
      'Ana',
      'Marco',
      'Lena',
      'Tomas',
      'Amina',
      'Jonas',
      'Sofia',
      'Pedro',
      'Nadia',
      'Erik',
      'Maya',
      'Luca',
    ],
    family: [
      'Silva',
      'Novak',
      'Okafor',
      'Larsen',
      'Moreau',
      'Costa',
      'Kovacs',
      'Mensah',
      'Reyes',
      'Berg',
      'Haddad',
    ],
    orgStems: [
      'Northfield',
      'Riverside',
      'Westbrook',
      'Lakeshore',
      'Highland',
      'Greenvale',
      'Eastport',
      'Stonebridge',
    ],
    orgPatterns: [
      '{stem} Polytechnic',
      '{stem} Institute of Technology',
      'University of {stem}',
      '{stem} Vocational College',
    ],
    sentences: [
      'Both sides reviewed the cooperation in {topic} training.',
      'The delegation proposed a joint programme in {topic}.',
      'Student exchange in {topic} for {n} students was discussed.',
      'Teacher training workshops on {topic} will be organized in spring.',
      'The partners agreed to share curricula for {topic}.',
      'A memorandum on dual apprenticeships in {topic} is under preparation.',
      '{n} scholarships for technicians in {topic} were offered.',
    ],
    topics: [
      'mechatronics',
      'welding',
      'electronics',
      'hospitality',
      'agriculture',
      'logistics',
      'nursing',
      'automotive repair',
      'renewable energy',
      'tourism',
      'food processing',
      'construction',
      'robotics',
      'software testing',
      'textiles',
      'railway maintenance',
      'aquaculture',
      'aviation maintenance',
    ],
    nameJoiner: ' ',
    familyFirst: false,
  },
  chinese: {
    given: ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '涛', '明', '超', '秀英'],
    family: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡'],
    orgStems: [
      '天津',
      '北京',
      '上海',
      '广州',
      '深圳',
      '重庆',
      '成都',
      '武汉',
      '西安',
      '南京',
      '杭州',
      '青岛',
    ],
    orgPatterns: ['{stem}职业技术学院', '{stem}工业大学', '{stem}机电职业学院', '{stem}交通职业学院'],
    sentences: [
      '双方回顾了{topic}领域的合作成果。',
      '我方建议联合开设{topic}专业。',
      '双方同意开展{topic}学生交流与教师培训，首批{n}人。',
      '会议讨论了{topic}产教融合与实习基地建设。',
      '对方希望共建鲁班工坊并共享{topic}课程资源。',
      '双方将在明年春季举办{topic}联合研讨会。',
      '我方愿为{topic}专业优秀学生提供{n}个奖学金名额。',
    ],
    topics: [
      '机电一体化',
      '焊接技术',
      '电子信息',
      '酒店管理',
      '现代农业',
      '物流管理',
      '护理',
      '汽车维修',
      '新能源',
      '旅游管理',
      '食品加工',
      '建筑工程',
      '工业机器人',
      '软件测试',
      '纺织',
      '铁道维护',
      '水产养殖',
      '航空维修',
    ],
    nameJoiner: '',
    familyFirst: true,
  },
  khmer: {
    given: ['សុខ', 'ដារ៉ា', 'ចាន់', 'ស្រីពៅ', 'វណ្ណា', 'រដ្ឋា', 'សំណាង', 'គឹមហួរ', 'សុភា', 'បញ្ញា'],
    family: ['ហេង', 'លឹម', 'ឈឹម', 'សេង', 'កែវ', 'ម៉ៅ', 'ជា', 'ពេជ្រ', 'អ៊ុក', 'នួន'],
    orgStems: ['ភ្នំពេញ', 'សៀមរាប', 'បាត់ដំបង', 'កំពង់ចាម', 'តាកែវ', 'ព្រែកលៀប', 'កំពត', 'ស្វាយរៀង'],
    orgPatterns: ['សាកលវិទ្យាល័យ{stem}', 'វិទ្យាស្ថានបច្ចេកទេស{stem}', 'វិទ្យាស្ថានជាតិកសិកម្ម{stem}'],
    sentences: [
      'ភាគីទាំងពីរបានពិនិត្យកិច្ចសហប្រតិបត្តិការលើការបណ្តុះបណ្តាល{topic}។',
      'គណៈប្រតិភូបានស្នើកម្មវិធីផ្លាស់ប្តូរនិស្សិតផ្នែក{topic}។',
      'ភាគីទាំងពីរយល់ព្រមរៀបចំសិក្ខាសាលាបណ្តុះបណ្តាលគ្រូ{topic}។',
      'កិច្ចព្រមព្រៀងស្តីពីការចុះឈ្មោះនិស្សិត{topic} {n} នាក់កំពុងរៀបចំ។',
    ],
    topics: ['កសិកម្ម', 'អគ្គិសនី', 'ទេសចរណ៍', 'សំណង់', 'ព័ត៌មានវិទ្យា', 'មេកានិច', 'វារីវប្បកម្ម', 'គិលានុបដ្ឋាក'],
    nameJoiner: ' ',
    familyFirst: true,
  },
  lao: {
    given: ['ສຸກສະຫວັນ', 'ບຸນມີ', 'ທອງດີ', 'ແກ້ວມະນີ', 'ສີສະຫວາດ', 'ຄຳພອນ', 'ວັນນາ', 'ພອນສະຫວັນ'],
    family: ['ພົມມະຈັນ', 'ວົງສາ', 'ສີຫາລາດ', 'ແສງສຸລິຍາ', 'ຈັນທະວົງ', 'ອິນທະວົງ', 'ສຸລິວົງ'],
    orgStems: ['ປາກປ່າສັກ', 'ວຽງຈັນ', 'ຫຼວງພະບາງ', 'ສະຫວັນນະເຂດ', 'ຈຳປາສັກ', 'ຄຳມ່ວນ', 'ບໍລິຄຳໄຊ'],
    orgPatterns: ['ວິທະຍາໄລເຕັກນິກ{stem}', 'ມະຫາວິທະຍາໄລ{stem}', 'ສະຖາບັນອາຊີວະສຶກສາ{stem}'],
    sentences: [
      'ທັງສອງຝ່າຍໄດ້ທົບທວນການຮ່ວມມືດ້ານ{topic}.',
      'ຄະນະຜູ້ແທນໄດ້ສະເໜີໂຄງການແລກປ່ຽນນັກສຶກສາ{topic} {n} ຄົນ.',
      'ທັງສອງຝ່າຍຕົກລົງຈັດຝຶກອົບຮົມຄູອາຈານ{topic}.',
      'ການລົງນາມບົດບັນທຶກຄວາມເຂົ້າໃຈດ້ານ{topic}ຈະຈັດຂຶ້ນໃນປີໜ້າ.',
    ],
    topics: ['ກະສິກຳ', 'ໄຟຟ້າ', 'ທ່ອງທ່ຽວ', 'ກໍ່ສ້າງ', 'ເຕັກໂນໂລຊີ', 'ກົນຈັກ', 'ການລ້ຽງປາ', 'ພະຍາບານ'],
    nameJoiner: ' ',
    familyFirst: false,
  },
  thai: {
    given: ['สมชาย', 'สมศรี', 'ประเสริฐ', 'สุนทร', 'วิไลวรรณ', 'ธนากร', 'กิตติ', 'อรุณี', 'ปิยะ', 'นภา'],
    family: ['วงศ์สา', 'ศรีสุข', 'ทองดี', 'แก้วมณี', 'บุญมา', 'จันทร์เพ็ญ', 'สุขสวัสดิ์', 'รัตนพันธ์'],
    orgStems: ['มหาสารคาม', 'ขอนแก่น', 'เชียงใหม่', 'นครราชสีมา', 'อุดรธานี', 'สงขลา', 'พิษณุโลก', 'อุบลราชธานี'],
    orgPatterns: ['มหาวิทยาลัย{stem}', 'วิทยาลัยเทคนิค{stem}', 'มหาวิทยาลัยเทคโนโลยีราชมงคล{stem}'],
    sentences: [
      'ทั้งสองฝ่ายทบทวนความร่วมมือด้าน{topic}',
      'คณะผู้แทนเสนอโครงการแลกเปลี่ยนนักศึกษา{topic} {n} คน',
      'ทั้งสองฝ่ายตกลงจัดการอบรมครู{topic}ในปีหน้า',
      'มีการหารือเรื่องการฝึกงาน{topic}ในสถานประกอบการ',
    ],
    topics: [
      'เกษตรกรรม',
      'ไฟฟ้า',
      'การท่องเที่ยว',
      'การก่อสร้าง',
      'เทคโนโลยีสารสนเทศ',
      'เครื่องกล',
      'การประมง',
      'การพยาบาล',
    ],
    nameJoiner: ' ',
    familyFirst: false,
  },
  arabic: {
    given: ['محمد', 'أحمد', 'فاطمة', 'علي', 'مريم', 'حسن', 'ليلى', 'عمر', 'سارة', 'يوسف'],
    family: ['العلي', 'الحسن', 'المنصور', 'الخطيب', 'النجار', 'السيد', 'الحداد', 'الشامي'],
    orgStems: ['القاهرة', 'عمان', 'الرياض', 'تونس', 'الدار البيضاء', 'بغداد', 'الدوحة', 'مسقط'],
    orgPatterns: ['جامعة {stem}', 'معهد {stem} التقني', 'كلية {stem} المهنية'],
    sentences: [
      'استعرض الجانبان التعاون في مجال {topic}.',
      'اقترح الوفد برنامجا مشتركا لتبادل {n} طالبا في {topic}.',
      'اتفق الطرفان على تنظيم ورش تدريب للمعلمين في {topic}.',
      'تمت مناقشة مذكرة تفاهم حول التدريب المزدوج في {topic}.',
    ],
    topics: [
      'الزراعة',
      'الكهرباء',
      'السياحة',
      'البناء',
      'تقنية المعلومات',
      'الميكانيكا',
      'التمريض',
      'الطاقة المتجددة',
    ],
    nameJoiner: ' ',
    familyFirst: false,
  },
};

const SCRIPT_BY_COUNTRY: Record<string, Script> = {
  KH: 'khmer',
  LA: 'lao',
  TH: 'thai',
  CN: 'chinese',
  TW: 'chinese',
  HK: 'chinese',
  MO: 'chinese',
  SG: 'chinese',
  SA: 'arabic',
  AE: 'arabic',
  EG: 'arabic',
  JO: 'arabic',
  MA: 'arabic',
  DZ: 'arabic',
  TN: 'arabic',
  IQ: 'arabic',
  KW: 'arabic',
  QA: 'arabic',
  OM: 'arabic',
  BH: 'arabic',
  LB: 'arabic',
};

export function scriptOfCountry(country: string): Script {
  return SCRIPT_BY_COUNTRY[country] ?? 'latin';
}

export function personName(prng: Prng, script: Script): { native: string; romanized: string } {
  const kit = KITS[script];
  const given = prng.pick(kit.given);
  const family = prng.pick(kit.family);
  const native = kit.familyFirst
    ? `${family}${kit.nameJoiner}${given}`
    : `${given}${kit.nameJoiner}${family}`;
  if (script === 'latin') return { native: '', romanized: native };
  const latin = KITS.latin;
  return { native, romanized: `${prng.pick(latin.given)} ${prng.pick(latin.family)}` };
}

export function organizationName(
  prng: Prng,
  script: Script,
  serial: number,
): { native: string; romanized: string } {
  const kit = KITS[script];
  const native = prng.pick(kit.orgPatterns).replace('{stem}', prng.pick(kit.orgStems));
  const latin = KITS.latin;
  // The serial keeps 10,000 organizations distinct, as real names are.
  const romanized = `${prng.pick(latin.orgPatterns).replace('{stem}', prng.pick(latin.orgStems))} ${serial}`;
  return script === 'latin' ? { native: '', romanized } : { native, romanized };
}

export function minutesText(prng: Prng, scripts: readonly Script[], sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const kit = KITS[prng.pick(scripts)];
    out.push(
      prng
        .pick(kit.sentences)
        .replace('{topic}', prng.pick(kit.topics))
        .replace('{n}', String(prng.int(2, 120))),
    );
  }
  return out.join(' ');
}

export function topicOf(prng: Prng, script: Script): string {
  return prng.pick(KITS[script].topics);
}
