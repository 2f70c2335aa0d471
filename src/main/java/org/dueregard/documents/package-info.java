/** Documents made from the same source as the web pages: tagged PDF/UA files, and their check with veraPDF. */
package org.dueregard.documents;
