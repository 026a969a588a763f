import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ReadAloudPlayer } from '../components/ReadAloudPlayer';
import { registerPart } from '../overlay/lazy/parts';

// Lazy part: the read-aloud player (G6: speaker, sentence splitter, highlight), injected by
// the background when a person first clicks "Lire" (components/ReadAloudButton.tsx).
// It needs no kit: the placeholder hands it the reading options and translator as props.
export default defineUnlistedScript(() => {
  registerPart('read-aloud', { ReadAloudPlayer });
});
