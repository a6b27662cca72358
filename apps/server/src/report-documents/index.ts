/** The system description and bridge letter of an engagement: their routes. */
export { registerReportDocumentRoutes } from './report-documents.routes.ts';
