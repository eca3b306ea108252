// Marketing Factory form validation: the HTML attributes do the checking (and work without this
// script); this adds messages next to each field, announced and linked with aria-describedby.
(() => {
  const message = (el) => {
    const v = el.validity;
    if (v.valueMissing) return 'Please fill in this field.';
    if (v.typeMismatch && el.type === 'email') return 'Please enter an email address like name@example.com.';
    if (v.patternMismatch && el.type === 'tel')
      return 'Please enter a phone number (digits, spaces, + and brackets).';
    if (v.rangeUnderflow) return `Please enter ${el.min} or more.`;
    if (v.rangeOverflow) return `Please enter ${el.max} or less.`;
    if (v.tooLong) return `Please keep this under ${el.maxLength} characters.`;
    return el.validationMessage;
  };
  const show = (el) => {
    const box = document.getElementById(`${el.id}-error`);
    const ok = el.checkValidity();
    el.setAttribute('aria-invalid', ok ? 'false' : 'true');
    if (box) box.textContent = ok ? '' : message(el);
    return ok;
  };
  const today = new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  for (const form of document.querySelectorAll('form[data-mf-form]')) {
    form.noValidate = true;
    const fields = [...form.querySelectorAll('.field input, .field select, .field textarea')];
    for (const el of fields) {
      if (el.type === 'date' && !el.min) el.min = today;
      el.addEventListener('blur', () => {
        if (el.value) show(el);
      });
      el.addEventListener('input', () => {
        if (el.getAttribute('aria-invalid') === 'true') show(el);
      });
    }
    form.addEventListener('submit', (event) => {
      const bad = fields.filter((el) => !show(el));
      if (bad.length) {
        event.preventDefault();
        bad[0].focus();
      }
    });
  }
})();
