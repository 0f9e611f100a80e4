/**
 * The register's filters, and how the register reads under them, so that no filter reads a whole table:
 *
 * - No filter, or one of partner, expiry window or status alone: the register pages through that
 *   filter's index (`_sortKey` by title, `partyOrgIds`, `_until` soonest first, `[status+_until]`) and
 *   counts on the same index range, so a list of any length scrolls page by page.
 * - The partner's country, or two filters or more: these match no single index. The most selective filter
 *   set reads through its index (partner, then expiry window, then status, then country through that
 *   country's organizations), at most MAX_NARROWED agreements; the other filters narrow that set in memory,
 *   which is then sorted and paged from memory. `capped` says when the read stopped at its bound.
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
/** Agreements read through one index and narrowed in memory by the other filters. */
export const MAX_NARROWED = 1000;

/**
 * The register under one set of filters: how to read a page of it, and its size, known already (a
 * narrowed read) or to be counted on the index (which the list does once its first page is read).
 */
export type AgreementRegister = {
  /** True when the narrowed read stopped at MAX_NARROWED, so some matches may be missing. */
  capped: boolean;
  page: (offset: number, limit: number) => Promise<Agreement[]>;
} & ({ count: number; loadCount?: never } | { loadCount: () => Promise<number>; count?: never });

export interface AgreementRow {
  agreement: Agreement;
  /** Party names in the agreement's order; null for an organization that no longer exists. */
  parties: Array<string | null>;
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

/** The register read page by page through one index, when the filters name at most one. */
function indexedRegister(
  repos: Repositories,
  filters: AgreementFilters,
  today: string,
): AgreementRegister | null {
  const set = Object.values(filters).filter((value) => value !== null).length;
  if (set > 1 || filters.country) return null;
  const agreements = repos.agreements;
  const { partnerId, status, expiresWithinDays } = filters;
  if (partnerId)
    return {
      loadCount: () => agreements.countForParty(partnerId),
      capped: false,
      page: (offset, limit) => agreements.forParty(partnerId, limit, offset),
    };
  if (expiresWithinDays !== null) {
    const until = addDaysToIsoDate(today, expiresWithinDays);
    return {
      loadCount: () => agreements.countExpiringBetween(today, until),
      capped: false,
      page: (offset, limit) => agreements.expiringBetween(today, until, limit, offset),
    };
  }
  if (status)
    return {
      loadCount: () => agreements.countWithStatus(status),
      capped: false,
      page: (offset, limit) => agreements.withStatus(status, limit, offset),
    };
  return {
    loadCount: () => agreements.count(),
    capped: false,
    page: (offset, limit) => agreements.list(limit, offset),
  };
}

/** At most MAX_NARROWED agreements through the most selective filter's index. */
async function readBounded(
  repos: Repositories,
  filters: AgreementFilters,
  today: string,
): Promise<{ found: Agreement[]; capped: boolean }> {
  const bounded = (found: Agreement[]) => ({ found, capped: found.length >= MAX_NARROWED });
  if (filters.partnerId) return bounded(await repos.agreements.forParty(filters.partnerId, MAX_NARROWED));
  if (filters.expiresWithinDays !== null) {
    const until = addDaysToIsoDate(today, filters.expiresWithinDays);
    return bounded(await repos.agreements.expiringBetween(today, until, MAX_NARROWED));
  }
  if (filters.status) return bounded(await repos.agreements.withStatus(filters.status, MAX_NARROWED));
  const organizations = await repos.organizations.inCountry(filters.country ?? '', MAX_COUNTRY_ORGANIZATIONS);
  const found = new Map<string, Agreement>();
  let capped = organizations.length >= MAX_COUNTRY_ORGANIZATIONS;
  for (const organization of organizations) {
    const agreements = await repos.agreements.forParty(organization.id, MAX_NARROWED);
    if (agreements.length >= MAX_NARROWED) capped = true;
    for (const agreement of agreements) found.set(agreement.id, agreement);
    if (found.size >= MAX_NARROWED)
      return { found: [...found.values()].slice(0, MAX_NARROWED), capped: true };
  }
  return { found: [...found.values()], capped };
}

/** The register under `filters`: read through an index page by page, or narrowed in memory (see above). */
export async function readRegister(
  repos: Repositories,
  filters: AgreementFilters,
  today: string,
  collator: Intl.Collator,
): Promise<AgreementRegister> {
  const indexed = indexedRegister(repos, filters, today);
  if (indexed) return indexed;
  const { found, capped } = await readBounded(repos, filters, today);
  const organizations = await recordsById(
    repos.organizations,
    found.flatMap((a) => a.partyOrgIds),
  );
  // Soonest expiry first when looking for what expires; otherwise by title.
  const agreements = found
    .filter((a) => matchesFilters(a, filters, organizations, today))
    .sort((a, b) =>
      filters.expiresWithinDays !== null
        ? (a.validUntil ?? '').localeCompare(b.validUntil ?? '')
        : collator.compare(a.title, b.title),
    );
  return {
    count: agreements.length,
    capped,
    page: (offset, limit) => Promise.resolve(agreements.slice(offset, offset + limit)),
  };
}

/** A page of agreements with their parties' names. */
export async function withParties(repos: Repositories, agreements: Agreement[]): Promise<AgreementRow[]> {
  const organizations = await recordsById(
    repos.organizations,
    agreements.flatMap((a) => a.partyOrgIds),
  );
  return agreements.map((agreement) => ({
    agreement,
    parties: agreement.partyOrgIds.map((id) => organizations.get(id)?.name ?? null),
  }));
}
