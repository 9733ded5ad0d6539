/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** What the reader's answers established, for the outcome components (When, TokenPlacement, ResetSteps). */
    troubleshooterFacts?: Readonly<Record<string, string>>;
  }
}
