/** The author's preview: a local server with live reload, file watching and an error page in the browser. */
package org.dueregard.preview;
