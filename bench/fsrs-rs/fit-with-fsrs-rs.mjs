// Reads review histories as JSON lines ({"retention": r, "reviews": [{"t": days, "rating": 1-4}, ...]}) on
// stdin, fits FSRS-6 weights with fsrs-rs (the reference optimizer, through its Node binding) and prints
// {"weights": [...], "logLoss": ..., "defaultLogLoss": ..., "reviews": n} with fsrs-rs's own evaluation.
import { createInterface } from 'node:readline';
import {
  FSRSBinding, FSRSBindingItem, FSRSBindingReview, computeParameters,
} from '@open-spaced-repetition/binding';

const items = [];
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const reviews = JSON.parse(line).reviews.map((r, i) => new FSRSBindingReview(r.rating, i === 0 ? 0 : r.t));
  // fsrs-rs trains on one item per review after the first, each carrying the card's history up to it.
  for (let end = 2; end <= reviews.length; end++) {
    items.push(new FSRSBindingItem(reviews.slice(0, end)));
  }
}
const weights = await computeParameters(items, { enableShortTerm: true, numRelearningSteps: 0 });
const fitted = new FSRSBinding(weights).evaluate(items);
const defaults = new FSRSBinding().evaluate(items);
console.log(JSON.stringify({ weights, logLoss: fitted.logLoss, defaultLogLoss: defaults.logLoss, reviews: items.length }));
