import { Entity, ForeignKey, PrimaryColumn } from "typeorm";
import { BoardMeeting } from "./board-meeting.entity";

/** Join rows only: exposed as `BoardMeeting.attendees: [Agency!]!`. */
@Entity({ name: "board_meeting_attendees" })
export class BoardMeetingAttendee {
  @PrimaryColumn({ name: "meeting_id", type: "varchar", length: 64 })
  @ForeignKey(() => BoardMeeting, { name: "fk_board_meeting_attendees_meeting", onDelete: "CASCADE" })
  meetingId: string;

  @PrimaryColumn({ name: "agency_id", type: "varchar", length: 64 })
  agencyId: string;
}
