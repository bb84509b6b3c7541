/** Every word the card shows or announces, in one place (exact, with curly apostrophes). */
export const text = {
  title: 'TSA PreCheck Application Fee Waiver Letter',
  loading: 'Determining TSA PreCheck Application Fee Waiver Letter eligibility...',
  paragraphs: [
    'The TSA PreCheck Application Fee Waiver Letter shows you’re eligible for free enrollment in Transportation Security Administration (TSA) PreCheck.',
    'You’ll need to print this letter and bring it with you when completing your TSA PreCheck application.',
  ],
  downloadLink: 'Download TSA PreCheck Application Fee Waiver Letter',
  pdfAbbr: 'PDF',
  pdfAbbrTitle: 'Portable Document Format',
  preparing: 'Loading your letter...',
  /** When the letter came too late for the Veteran's click to save it: the link is the file now. */
  readyAgain: 'Your letter is ready. Select the download link again to save it.',
  /** Announced once, politely, when the letter arrives after the loading message (VA's audits: the swap was silent). */
  letterAvailable: 'Your TSA PreCheck Application Fee Waiver Letter is available to download.',
  eligibilityError: {
    heading: 'Some letters may not be available',
    body: 'One of our systems appears to be down. If you believe you’re missing a letter or document from the list above, please try again later.',
  },
  downloadError: {
    heading: 'Your TSA PreCheck Application Fee Waiver Letter is currently unavailable',
    // The body is split around its two phone numbers, which render as tel: links.
    beforePhone: 'If you need help accessing your letter, please call VA Benefits and Services at ',
    phone: '800-827-1000',
    phoneHref: 'tel:+18008271000',
    betweenPhones: '. If you have hearing loss, call ',
    // As VA's `va-telephone tty` renders it: "TTY: 711" is the link's text.
    tty: 'TTY: 711',
    ttyHref: 'tel:711',
    afterTty: '.',
  },
  // The status VA's alerts read before their heading, hidden from sight.
  warningLabel: 'Warning Alert',
  errorLabel: 'Error Alert',
} as const;

/** The name of the file the Veteran saves, whatever the server calls it. */
export const letterFilename = `${text.title}.pdf`;
