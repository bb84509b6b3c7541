/**
 * The one place that knows VA.gov's URLs (spec section 2) and the names the release plan's
 * dashboards give each call (spec section 5).
 */
export declare const apiName: {
    readonly toggle: "GET /v0/feature_toggles";
    readonly eligibility: "GET /v0/tsa_letter";
    readonly download: "GET /v0/tsa_letter/:id/version/:version_id/download";
};
export type ApiName = (typeof apiName)[keyof typeof apiName];
/** VA.gov answers in snake_case, or camelCase when asked (`X-Key-Inflection: camel`); the card reads both. */
export declare function camelCase(name: string): string;
export declare function toggleUrl(apiBase: string, feature: string): string;
export declare function eligibilityUrl(apiBase: string): string;
export declare function downloadUrl(apiBase: string, documentId: string, documentVersion?: string): string;
