/**
 * The reporting benchmark (README "Benchmark"): opens a full reporting cycle on PostgreSQL for the
 * real organisation and for a synthetic one ten times larger, submits every report from several
 * threads, and prints the figures beside those of the naive model (one process whose parallel
 * multi-instance user task spans all units, asynchronous in two ways) and of a floor (bare report
 * instances opened the project's way). It measures and prints; it asserts nothing about time.
 */
package vn.bentre.papi.benchmark;
