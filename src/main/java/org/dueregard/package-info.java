/** dueregard: turns Markdown reports and YAML data into an accessible static website. Root types are the problems a user's site can have. */
package org.dueregard;
