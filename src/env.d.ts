/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** What the reader's answers established, for the outcome components (When, TokenPlacement, ResetSteps); undefined on an untailored result page. */
    troubleshooterFacts?: Readonly<Record<string, string>> | undefined;
  }
}
