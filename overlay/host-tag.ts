/** The tag of our single shadow host; the page-report collector skips everything inside it. */
export const OVERLAY_HOST_TAG = 'cote-a-cote-overlay';
