// Stands in for jsPDF's optional dependencies (html2canvas, dompurify, canvg) in the build: the
// card uses only jsPDF's core text API, so these must never be shipped nor loaded.
throw new Error('This jsPDF feature is not part of tsa-letter-card.');
