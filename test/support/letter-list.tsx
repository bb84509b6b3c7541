/**
 * A letters page built the way vets-website's `LetterList` is (a React class component reading a
 * Redux-shaped store, rendering VA's web components), with the card dropped in exactly as
 * docs/vets-website.md says. Made for a given React (17 or 18) and the wrapper made with it.
 */
import type ReactTypes from 'react';
import type { TsaLetterCard as Wrapper } from '../../src/react.js';
import type { StateDetail } from '../../src/events.js';
import { text } from '../../src/text.js';

declare global {
  // VA's web components, as vets-website's JSX writes them.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      [tag: `va-${string}`]: Record<string, unknown>;
    }
  }
}

export interface Letter {
  name: string;
  paragraphs: readonly string[];
}

/** The parts of vets-website's Redux state that `LetterList` reads. */
export interface Store {
  featureToggles: { tsaSafeTravelLetter?: boolean };
  user: { profile: { loa?: { current?: number } } };
  letters: { letters: Letter[]; lettersAvailability: 'available' | 'letterEligibilityError' };
}

/** VA.gov's API origin (vets-website's `environment.API_URL`): the page's own, under test. */
const environment = { API_URL: '' };

export const emptyStateHeading = "You don't have any benefit letters or documents available.";

export function letterListPage(React: typeof ReactTypes, TsaLetterCard: typeof Wrapper) {
  interface Props {
    letters: Letter[];
    lettersAvailability: string;
    profile: Store['user']['profile'];
    tsaSafeTravelLetter?: boolean;
  }

  class LetterList extends React.Component<Props, { tsaLetter: Partial<StateDetail> }> {
    constructor(props: Props) {
      super(props);
      this.state = { tsaLetter: {} };
    }

    override render() {
      const { tsaLetter } = this.state;
      const letterItems = this.props.letters.map((letter, index) => (
        <va-accordion-item key={`panel-${index}`}>
          <h3 slot="headline">{letter.name}</h3>
          <div>
            {letter.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
          <div className="vads-u-margin-top--1">
            <va-link download filetype="PDF" filename={`${letter.name}.pdf`} text={`Download ${letter.name}`} href={`#letter-${index}`} />
          </div>
        </va-accordion-item>
      ));

      let eligibilityMessage;
      if (this.props.lettersAvailability === 'letterEligibilityError' || tsaLetter.unavailable) {
        eligibilityMessage = (
          <div className="vads-u-margin-top--2">
            <va-alert status="warning" visible>
              <h4 slot="headline">{text.eligibilityError.heading}</h4>
              <p>{text.eligibilityError.body}</p>
            </va-alert>
          </div>
        );
      }

      return (
        <div className="step-content">
          <div hidden={letterItems.length === 0 && !tsaLetter.shows}>
            <va-accordion data-test-id="letters-accordion" bordered>
              {letterItems}
              <TsaLetterCard
                data-testid="tsa-letter-accordion"
                layout="accordion"
                apiBase={environment.API_URL}
                flag={this.props.tsaSafeTravelLetter}
                loa={this.props.profile?.loa?.current}
                onTsaLetterState={(e) => this.setState({ tsaLetter: e.detail })}
              >
                <div slot="eligibility-error" />
              </TsaLetterCard>
            </va-accordion>
          </div>
          {letterItems.length === 0 && !eligibilityMessage && tsaLetter.empty && (
            <div className="vads-u-margin-top--2 empty-state">
              <h3>{emptyStateHeading}</h3>
              <p>Most Veterans find benefit letters and documents here such as:</p>
            </div>
          )}
          {eligibilityMessage}
        </div>
      );
    }
  }

  /** react-redux's `connect(mapStateToProps)`, without react-redux: the page reads the store once. */
  const mapStateToProps = (state: Store): Props => ({
    letters: state.letters.letters,
    lettersAvailability: state.letters.lettersAvailability,
    profile: state.user.profile,
    tsaSafeTravelLetter: state.featureToggles.tsaSafeTravelLetter,
  });

  return (store: Store) => (
    <React.StrictMode>
      <LetterList {...mapStateToProps(store)} />
    </React.StrictMode>
  );
}
