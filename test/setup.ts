// Registers every locale's strings, as the pages do at build time.
import '../src/i18n/messages';
