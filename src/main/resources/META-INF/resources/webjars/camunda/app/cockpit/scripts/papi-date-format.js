/*
 * Dates in Cockpit as Vietnamese administration writes them (dd/MM/yyyy). Cockpit 7.24 ignores
 * config.js's dateFormat: its start-up code sets its own formats (normal: 'YYYY-MM-DD[T]HH:mm:ss').
 * Custom scripts are loaded after Cockpit has declared its AngularJS module and before it starts
 * AngularJS, so a configuration block added here runs after Camunda's and wins. Cockpit keeps
 * seconds, which supervisors reading job and incident times need.
 */
const FORMATS = {
  abbr: 'DD/MM/YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm:ss',
  long: 'dddd, DD/MM/YYYY HH:mm:ss',
  short: 'DD/MM/YYYY'
};

window.angular.module('cam.cockpit').config(['camDateFormatProvider', provider => {
  Object.keys(FORMATS).forEach(name => provider.setDateFormat(FORMATS[name], name));
}]);
