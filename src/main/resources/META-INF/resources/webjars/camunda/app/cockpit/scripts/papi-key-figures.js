/*
 * Cockpit dashboard plugin: the PAPI plan's key figures (open and overdue tasks, tasks due within
 * two working days) and a link to the plan dashboard. Camunda 7.14+ plugin format: a module whose
 * default export names its plugin point and renders into a DOM node. Loaded through customScripts
 * in config.js, so it needs no build step.
 *
 * The figures come from GET /api/webapps/key-figures, which counts as the logged-in user: the
 * request carries Camunda's session cookie and the server evaluates the engine's authorizations,
 * so Sở Nội vụ sees the province, an official their own unit.
 */

/** The application's context root: Cockpit's app-root ('/camunda' by default) minus the webapp path. */
function contextRoot() {
  const appRoot = document.querySelector('base').getAttribute('app-root') || '';
  return appRoot.replace(/\/[^/]*$/, '');
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function figure(label, value, modifier) {
  const box = element('div', 'papi-figure' + (modifier ? ' papi-figure--' + modifier : ''));
  box.appendChild(element('div', 'papi-figure__value', String(value)));
  box.appendChild(element('div', 'papi-figure__label', label));
  return box;
}

function show(container, figures) {
  container.textContent = '';
  const scope = element('p', 'papi-key-figures__scope', 'Phạm vi: ' + figures.scopeLabel);
  const row = element('div', 'papi-key-figures__row');
  row.appendChild(figure('Công việc đang mở', figures.openTasks));
  row.appendChild(figure('Quá hạn', figures.overdueTasks, figures.overdueTasks > 0 ? 'alert' : null));
  row.appendChild(figure('Sắp đến hạn (2 ngày làm việc)', figures.dueSoonTasks, figures.dueSoonTasks > 0 ? 'warn' : null));
  const link = element('a', 'papi-key-figures__link', 'Mở bảng theo dõi Kế hoạch PAPI »');
  link.href = contextRoot() + figures.dashboardPath;
  container.appendChild(scope);
  container.appendChild(row);
  container.appendChild(link);
}

const STYLE = `
.papi-key-figures { padding: 10px 0; }
.papi-key-figures__row { display: flex; flex-wrap: wrap; gap: 16px; margin: 10px 0; }
.papi-figure { min-width: 170px; padding: 12px 16px; border: 1px solid #ddd; border-radius: 4px; background: #fafafa; }
.papi-figure__value { font-size: 28px; font-weight: 700; line-height: 1.1; }
.papi-figure__label { color: #555; }
.papi-figure--alert { border-color: #b71c1c; }
.papi-figure--alert .papi-figure__value { color: #b71c1c; }
.papi-figure--warn { border-color: #e65100; }
.papi-figure--warn .papi-figure__value { color: #e65100; }
.papi-key-figures__scope { color: #555; margin: 0; }
`;

export default {
  id: 'papi.keyFigures',
  pluginPoint: 'cockpit.dashboard',
  // Above Camunda's own dashboard sections, which use priorities up to 100.
  priority: 200,
  properties: {
    label: 'Kế hoạch PAPI tỉnh Bến Tre: số liệu chính'
  },
  render: (node) => {
    const section = element('section', 'papi-key-figures');
    const style = element('style');
    style.textContent = STYLE;
    section.appendChild(style);
    section.appendChild(element('h3', null, 'Kế hoạch 4129/KH-UBND nâng cao chỉ số PAPI: số liệu chính'));
    const body = element('div', 'papi-key-figures__body', 'Đang tải số liệu…');
    section.appendChild(body);
    node.appendChild(section);

    fetch(contextRoot() + '/api/webapps/key-figures', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(figures => show(body, figures))
      .catch(error => {
        body.textContent = 'Không tải được số liệu của Kế hoạch PAPI (' + error.message + ').';
      });
  }
};
