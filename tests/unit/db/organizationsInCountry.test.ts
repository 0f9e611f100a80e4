import { describe, expect, it } from 'vitest';
import { createTestArchive } from '../../support/testArchive';

const org = (name: string, country: string | null) => ({
  name,
  nativeName: '',
  country,
  kind: 'college' as const,
  website: '',
});

describe('OrganizationRepository.inCountry', () => {
  it('finds the organizations of one country through the country index', async () => {
    const { repos } = await createTestArchive();
    await repos.organizations.create(org('Prek Leap National Institute of Agriculture', 'KH'));
    await repos.organizations.create(org('Royal University of Phnom Penh', 'KH'));
    await repos.organizations.create(org('Pakpasak Technical College', 'LA'));
    await repos.organizations.create(org('Somewhere unknown', null));

    const cambodian = await repos.organizations.inCountry('KH');
    expect(cambodian.map((o) => o.name).sort()).toEqual([
      'Prek Leap National Institute of Agriculture',
      'Royal University of Phnom Penh',
    ]);
    expect(await repos.organizations.inCountry('TH')).toEqual([]);
  });

  it('reads at most `limit` organizations', async () => {
    const { repos } = await createTestArchive();
    for (let i = 0; i < 5; i++) await repos.organizations.create(org(`College ${i}`, 'TH'));
    expect(await repos.organizations.inCountry('TH', 3)).toHaveLength(3);
  });
});
