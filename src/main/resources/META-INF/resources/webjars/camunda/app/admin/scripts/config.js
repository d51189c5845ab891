/*
 * PAPI Bến Tre override of Camunda's Admin config.js (webjar org.camunda.bpm.webapp:camunda-webapp-webjar,
 * same path): this file on the application's classpath wins over the webjar's.
 * - Vietnamese first for a browser that prefers it, English kept; papi/language.js lets a user switch.
 *   The fallback locale is English so that a label a newer Camunda adds still shows, in English.
 * - Dates as Vietnamese administration writes them: dd/MM/yyyy, 24-hour time.
 * - Title and header say what the system is; Camunda's attribution stays in the footer.
 */

export default {
  app: {
    vendor: 'Hệ thống theo dõi Kế hoạch PAPI tỉnh Bến Tre –',
    name: 'Quản trị'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../papi/language']
};
