/*
 * Tasklist lists a filter's tasks newest first unless the page address names a sorting; the plan's
 * shared filters are meant to be read soonest due first (their stored queries are sorted by due
 * date, but Tasklist always sends its own sorting). When the address of the task list names no
 * sorting, this adds "due date, ascending". A sorting the user picks is in the address and is kept.
 */
const DUE_DATE_FIRST = encodeURIComponent(JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]));

function sortByDueDate() {
  const hash = window.location.hash || '#/';
  const isTaskList = /^#\/(\?|$)/.test(hash);
  if (!isTaskList || /[?&]sorting=/.test(hash)) {
    return;
  }
  const separator = hash.includes('?') ? '&' : '?';
  // Only the fragment changes: no reload, and no extra history entry.
  window.location.replace(window.location.pathname + window.location.search + hash + separator + 'sorting=' + DUE_DATE_FIRST);
}

window.addEventListener('hashchange', sortByDueDate);
sortByDueDate();
