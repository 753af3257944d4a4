import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context/context';
import { AttachEvidenceInput, AttachEvidencePayload } from './evidence.input';

@Resolver()
export class EvidenceResolver {
  @Mutation(() => AttachEvidencePayload, { description: 'Adds a source quote to an actor, event or measure. Needs an editor API key.' })
  async attachEvidence(
    @Arg('input', () => AttachEvidenceInput, { description: 'What the quote supports, and the quote.' }) input: AttachEvidenceInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<AttachEvidencePayload> {
    return services.evidence.attach(input, viewer);
  }
}
