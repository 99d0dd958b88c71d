"""The visit plan: Word, Excel and calendar."""
