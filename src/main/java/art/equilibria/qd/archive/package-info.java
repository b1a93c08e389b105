/**
 * Archives of a quality-diversity search: the measure space cut into cells (a grid or a centroidal
 * Voronoi tessellation), each holding its best solution, its elite. Batch additions, statuses and
 * improvement values, CMA-MAE's thresholds and the statistics follow pyribs' archives.
 */
package art.equilibria.qd.archive;
