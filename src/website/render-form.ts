import { escapeHtml as esc } from '../proposal/escape-html.ts';
import { FORM_HIDDEN_FIELDS } from '../schemas/form-submission.ts';
import type { FormField, SiteForm } from './site-forms.ts';

/**
 * A form as plain HTML that works without JavaScript: native validation attributes, labels tied
 * to inputs, error slots the script fills, the hidden attribution fields and the honeypot.
 */
export function renderForm(form: SiteForm, headingId: string): string {
  const id = (field: string) => `${form.name}-${field}`;
  const fields = form.fields.map((field) => renderField(field, id(field.name))).join('\n');
  const hidden = form.hidden_fields
    .map((name) => `<input type="hidden" name="${esc(name)}" value="">`)
    .join('\n');
  return `<form class="lead-form" id="form" action="${esc(form.action)}" method="post" data-mf-form="${esc(form.name)}" aria-labelledby="${esc(headingId)}">
${fields}
${hidden}
<div class="hp" aria-hidden="true"><label for="${id('hp')}">Leave this field empty</label><input type="text" id="${id('hp')}" name="${FORM_HIDDEN_FIELDS.honeypot}" tabindex="-1" autocomplete="off"></div>
<p class="hint">We use your details only to answer you. See the <a href="/privacy.html">privacy policy</a>.</p>
<div><button class="button" type="submit">${esc(form.submit_label)}</button></div>
</form>`;
}

function renderField(field: FormField, id: string): string {
  const describedBy = [field.hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  const attributes = [
    `id="${id}"`,
    `name="${esc(field.name)}"`,
    field.required ? 'required' : '',
    field.autocomplete ? `autocomplete="${esc(field.autocomplete)}"` : '',
    field.max_length !== null ? `maxlength="${field.max_length}"` : '',
    field.min !== null ? `min="${field.min}"` : '',
    field.max !== null ? `max="${field.max}"` : '',
    field.pattern !== null ? `pattern="${esc(field.pattern)}"` : '',
    `aria-describedby="${describedBy}"`,
  ]
    .filter(Boolean)
    .join(' ');
  let control: string;
  if (field.type === 'textarea') control = `<textarea ${attributes} rows="5"></textarea>`;
  else if (field.type === 'select') {
    const options = (field.options ?? []).map((option) => `<option>${esc(option)}</option>`).join('');
    control = `<select ${attributes}><option value="">Choose one</option>${options}<option>Something else</option></select>`;
  } else {
    const mode = field.type === 'number' ? ' inputmode="numeric"' : '';
    control = `<input type="${field.type}" ${attributes}${mode}>`;
  }
  const hint = field.hint ? `<p class="hint" id="${id}-hint">${esc(field.hint)}</p>` : '';
  return `<div class="field"><label for="${id}">${esc(field.label)}</label>${hint}${control}<p class="error" id="${id}-error" aria-live="polite"></p></div>`;
}
