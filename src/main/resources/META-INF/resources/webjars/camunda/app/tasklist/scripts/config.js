/*
 * PAPI Bến Tre override of Camunda's Tasklist config.js (webjar org.camunda.bpm.webapp:camunda-webapp-webjar,
 * same path): this file on the application's classpath wins over the webjar's.
 * - Vietnamese first for a browser that prefers it, English kept; papi/language.js lets a user switch.
 *   The fallback locale is English so that a label a newer Camunda adds still shows, in English.
 * - Dates as Vietnamese administration writes them: dd/MM/yyyy, 24-hour time.
 * - Title and header say what the system is; Camunda's attribution stays in the footer.
 */

export default {
  app: {
    vendor: 'Hệ thống theo dõi Kế hoạch PAPI tỉnh Bến Tre –',
    name: 'Công việc'
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
  // papi-due-date-order: task lists sorted by due date unless the user picks another order.
  customScripts: ['../papi/language', 'scripts/papi-due-date-order'],

  // Camunda's defaults, described in Vietnamese for the shortcut help.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập liệu đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại khởi tạo quy trình'
    }
  }
};
