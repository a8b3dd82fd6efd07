// matching: the print button on the newcomer's letter (no inline script under the CSP)
document.getElementById('print-letter')?.addEventListener('click', () => window.print());
