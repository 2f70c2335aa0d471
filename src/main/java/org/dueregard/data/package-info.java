/** Datasets: YAML figures with units and sources, validation, small-number suppression and computed figures. */
package org.dueregard.data;
