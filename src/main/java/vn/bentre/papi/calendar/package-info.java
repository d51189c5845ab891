/**
 * The reporting calendar: periods and their data cut-offs, working days and public holidays,
 * deadlines counted in working days (DESIGN.md §3).
 */
package vn.bentre.papi.calendar;
