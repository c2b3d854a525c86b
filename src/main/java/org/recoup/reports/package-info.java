/**
 * PDF reports: a report described as titled sections of table lines ({@link org.recoup.reports.ReportDocument})
 * is filled into one shared JasperReports design ({@code src/main/jasperreports/reports/report.jrxml},
 * compiled at build time) and written by JasperReports' own PDF exporter with the "Recoup Sans"
 * font (Noto Sans SC, so Chinese names print) embedded. Used by the service layer only, which
 * decides what a report says; this package only lays it out. Depends on the JDK and JasperReports.
 *
 * <p>Design: docs/decisions/0073-reports-pdf.md.
 */
package org.recoup.reports;
