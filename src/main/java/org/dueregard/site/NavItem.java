package org.dueregard.site;

/** A link in a menu, breadcrumbs or a list, as templates need it. */
public record NavItem(String title, String url, boolean current) {
}
