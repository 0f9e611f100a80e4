/**
 * The register's filters, and how they read: the most selective filter set reads through its index
 * (partner, then expiry window, then status, then country through that country's organizations); the
 * others narrow that bounded page in memory. No filter reads a whole table.
 */
import type { Agreement, Organization } from '../../../shared/domain/entities';
import type { AgreementStatus } from '../../../shared/rules/agreementLifecycle';
import { addDaysToIsoDate } from '../../../shared/time/zonedTime';
import type { Repositories } from '../db/repositories/createRepositories';
import { recordsById } from '../ui/recordsById';

export interface AgreementFilters {
  status: AgreementStatus | null;
  partnerId: string | null;
  country: string | null;
  /** Validity ends between today and this many days from today. */
  expiresWithinDays: number | null;
}

export const NO_FILTERS: AgreementFilters = {
  status: null,
  partnerId: null,
  country: null,
  expiresWithinDays: null,
};

/** Organizations of one country whose agreements the country filter reads. */
const MAX_COUNTRY_ORGANIZATIONS = 100;

export interface AgreementPage {
  agreements: Agreement[];
  organizations: Map<string, Organization>;
  /** True when the index read was cut at `limit`, so more may follow. */
  more: boolean;
}

export function hasFilters(filters: AgreementFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

export function matchesFilters(
  agreement: Agreement,
  filters: AgreementFilters,
  organizations: ReadonlyMap<string, Organization>,
  today: string,
): boolean {
  if (filters.status && agreement.status !== filters.status) return false;
  if (filters.partnerId && !agreement.partyOrgIds.includes(filters.partnerId)) return false;
  if (
    filters.country &&
    !agreement.partyOrgIds.some((id) => organizations.get(id)?.country === filters.country)
  )
    return false;
  if (filters.expiresWithinDays !== null) {
    const until = agreement.validUntil;
    if (!until || until < today || until > addDaysToIsoDate(today, filters.expiresWithinDays)) return false;
  }
  return true;
}

async function readByIndex(
  repos: Repositories,
  filters: AgreementFilters,
  today: string,
  limit: number,
): Promise<{ found: Agreement[]; more: boolean }> {
  const page = (found: Agreement[]) => ({ found, more: found.length >= limit });
  if (filters.partnerId) return page(await repos.agreements.forParty(filters.partnerId, limit));
  if (filters.expiresWithinDays !== null) {
    const until = addDaysToIsoDate(today, filters.expiresWithinDays);
    return page(await repos.agreements.expiringBetween(today, until, limit));
  }
  if (filters.status) return page(await repos.agreements.withStatus(filters.status, limit));
  if (filters.country) {
    const organizations = await repos.organizations.inCountry(filters.country, MAX_COUNTRY_ORGANIZATIONS);
    const found = new Map<string, Agreement>();
    let more = organizations.length >= MAX_COUNTRY_ORGANIZATIONS;
    for (const organization of organizations) {
      const agreements = await repos.agreements.forParty(organization.id, limit);
      if (agreements.length >= limit) more = true;
      for (const agreement of agreements) found.set(agreement.id, agreement);
      if (found.size >= limit) return { found: [...found.values()], more: true };
    }
    return { found: [...found.values()], more };
  }
  return page(await repos.agreements.list(limit, 0));
}

/** A page of the register under `filters`, with the party organizations it names. */
export async function loadAgreements(
  repos: Repositories,
  filters: AgreementFilters,
  today: string,
  limit: number,
): Promise<AgreementPage> {
  const { found, more } = await readByIndex(repos, filters, today, limit);
  const organizations = await recordsById(
    repos.organizations,
    found.flatMap((a) => a.partyOrgIds),
  );
  const agreements = found.filter((a) => matchesFilters(a, filters, organizations, today));
  return { agreements, organizations, more };
}
