/** The build pipeline: {@link org.dueregard.pipeline.SiteBuilder#build} runs its stages, each a class of this package, in order. */
package org.dueregard.pipeline;
