/**
 * What other parts of the server use of training: "My tasks" and the dashboard's overdue counts
 * (wired by the tasks route), and the daily reminder job (started with the server).
 */

export { sendTrainingReminders } from './training-reminders.ts';
export { myTasks, overdueSummary } from './training-tasks.ts';
