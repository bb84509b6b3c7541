/**
 * A toggle handed in by the page instead of fetched: any object with
 * `isEnabled(name, signal)`, or an OpenFeature web client, recognised by its methods so the card
 * needs no OpenFeature code of its own.
 */
export interface FlagSource {
  isEnabled(name: string, signal: AbortSignal): Promise<boolean> | boolean;
}

/** The part of an OpenFeature web client (`OpenFeature.getClient()`) the card uses. */
export interface OpenFeatureClient {
  getBooleanDetails(flagKey: string, defaultValue: boolean): { value: boolean; errorCode?: string };
  addHandler(event: string, handler: () => void): void;
  removeHandler(event: string, handler: () => void): void;
}

const isOpenFeature = (source: object): source is OpenFeatureClient =>
  typeof (source as OpenFeatureClient).getBooleanDetails === 'function' && typeof (source as OpenFeatureClient).addHandler === 'function';

/** Only a real `true` is on: errors, and the default value a failed evaluation falls back to, are off. */
export async function readFlagSource(source: FlagSource | OpenFeatureClient, name: string, signal: AbortSignal): Promise<boolean> {
  if (isOpenFeature(source)) {
    const details = source.getBooleanDetails(name, false);
    return details.value === true && !details.errorCode;
  }
  return (await source.isEnabled(name, signal)) === true;
}

// OpenFeature's event names (ProviderEvents), as strings: no runtime dependency on the SDK.
const CHANGES = ['PROVIDER_CONFIGURATION_CHANGED', 'PROVIDER_READY'];

/** Calls `onChange` when an OpenFeature provider's flags change; returns the unsubscribe. */
export function watchFlagSource(source: FlagSource | OpenFeatureClient | undefined, onChange: () => void): () => void {
  if (!source || !isOpenFeature(source)) return () => undefined;
  for (const event of CHANGES) source.addHandler(event, onChange);
  return () => CHANGES.forEach((event) => source.removeHandler(event, onChange));
}
