/**
 * The one place that knows VA.gov's URLs and the names the release plan's
 * dashboards give each call.
 */
export const apiName = {
  toggle: 'GET /v0/feature_toggles',
  eligibility: 'GET /v0/tsa_letter',
  download: 'GET /v0/tsa_letter/:id/version/:version_id/download',
} as const;

export type ApiName = (typeof apiName)[keyof typeof apiName];

/** VA.gov answers in snake_case, or camelCase when asked (`X-Key-Inflection: camel`); the card reads both. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const base = (apiBase: string) => apiBase.replace(/\/+$/, '');

export function toggleUrl(apiBase: string, feature: string): string {
  return `${base(apiBase)}/v0/feature_toggles?features=${encodeURIComponent(feature)}`;
}

export function eligibilityUrl(apiBase: string): string {
  return `${base(apiBase)}/v0/tsa_letter`;
}

/** An id as one path segment: encoded (braces of the older `{…}` ids too), and never `.` or `..`. */
const segment = (id: string) => (/^\.{1,2}$/.test(id) ? id.replace(/\./g, '%2E') : encodeURIComponent(id));

export function downloadUrl(apiBase: string, documentId: string, documentVersion?: string): string {
  const id = segment(documentId);
  return documentVersion
    ? `${base(apiBase)}/v0/tsa_letter/${id}/version/${segment(documentVersion)}/download`
    : `${base(apiBase)}/v0/tsa_letter/${id}`;
}
