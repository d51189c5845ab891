/*
 * Lets a user choose the webapps' language, whatever their browser prefers.
 *
 * Camunda picks the locale once, at start, from navigator.languages[0] (vi or en here, see each
 * app's config.js). This script is one of the apps' customScripts, which Camunda loads before it
 * starts AngularJS, so a choice remembered in localStorage can stand in for the browser's
 * preference. Without a remembered choice the browser's preference applies unchanged.
 */
const STORAGE_KEY = 'papi.locale';
const LANGUAGES = [
  {code: 'vi', label: 'Tiếng Việt'},
  {code: 'en', label: 'English'}
];

const chosen = window.localStorage.getItem(STORAGE_KEY);
if (LANGUAGES.some(language => language.code === chosen)) {
  Object.defineProperty(window.navigator, 'languages', {get: () => [chosen], configurable: true});
}

function current() {
  const preferred = (window.navigator.languages && window.navigator.languages[0]) || window.navigator.language || '';
  return preferred.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

function addSwitch() {
  if (document.querySelector('.papi-language')) {
    return;
  }
  const box = document.createElement('div');
  box.className = 'papi-language';
  box.setAttribute('role', 'navigation');
  box.setAttribute('aria-label', 'Ngôn ngữ / Language');
  LANGUAGES.forEach(language => {
    const link = document.createElement('a');
    link.textContent = language.label;
    link.setAttribute('lang', language.code);
    link.dataset.locale = language.code;
    if (language.code === current()) {
      link.className = 'active';
    } else {
      link.href = '#';
      link.addEventListener('click', event => {
        event.preventDefault();
        window.localStorage.setItem(STORAGE_KEY, language.code);
        window.location.reload();
      });
    }
    box.appendChild(link);
  });
  document.body.appendChild(box);
}

/*
 * Camunda defines moment.js's date locale from every locale file it loads, the English fallback
 * too, and moment makes the last one defined the active one: relative dates ("2 ngày tới") would
 * come out in English or Vietnamese depending on which file arrived last. Once AngularJS runs,
 * keep moment on the chosen language, now and after any later definition.
 */
function keepDatesIn(locale) {
  const started = Date.now();
  const timer = window.setInterval(() => {
    const root = window.angular && (window.angular.element(document.documentElement).injector()
      || window.angular.element(document.body).injector());
    if (!root || !root.has('moment')) {
      if (Date.now() - started > 60000) {
        window.clearInterval(timer);
      }
      return;
    }
    window.clearInterval(timer);
    const moment = root.get('moment');
    const amMoment = root.has('amMoment') ? root.get('amMoment') : null;
    const apply = () => {
      if (moment.locales().includes(locale) && moment.locale() !== locale) {
        // amMoment also tells angular-moment's directives to redraw.
        amMoment ? amMoment.changeLocale(locale) : moment.locale(locale);
      }
    };
    ['defineLocale', 'updateLocale'].forEach(name => {
      const original = moment[name];
      moment[name] = function () {
        const result = original.apply(this, arguments);
        apply();
        return result;
      };
    });
    apply();
  }, 50);
}

keepDatesIn(current());

if (document.body) {
  addSwitch();
} else {
  document.addEventListener('DOMContentLoaded', addSwitch);
}
