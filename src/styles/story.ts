// The page's styles, by concern, in cascade order (a later file refines an earlier one's rules).
import './story/page.css';
import './story/scrolly.css';
import './story/listen.css';
import './story/notes.css';
import './story/nav.css';
import './story/corrections.css';
import './story/static-reading.css';
import './story/data-tables.css';
import './story/landscape.css';
import './story/print.css';
import './story/methods.css';
import './story/small-phones.css';
