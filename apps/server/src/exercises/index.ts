/** Exercises: tabletop exercises and continuity tests, their routes and their follow-up tasks. */
export { registerExerciseRoutes } from './exercises.routes.ts';
